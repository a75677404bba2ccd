# METADATA
# title: Least privilege
# description: Grants name real roles, high-risk roles carry a ticket and a real reason,
#   nothing is granted by wildcard, teams stay under the resource's team limit, and no
#   subject holds two roles on one resource.
package access.least_privilege

import data.access.lib

deny contains lib.finding("role-exists", g, "role", msg) if {
	some g in input.grants
	lib.resource_of(g)
	not lib.role_of(g)
	msg := sprintf("role %q is not defined for %s", [g.role, g.catalogId])
}

deny contains lib.finding("role-requires", g, field, msg) if {
	some g in lib.changed_grants
	role := lib.role_of(g)
	some field in object.get(role, "requires", [])
	not g[field]
	msg := sprintf("role %q on %s requires %q: add it to the grant", [g.role, g.resource, field])
}

min_reason := lib.setting(["highRisk", "minReasonLength"], 30)

deny contains lib.finding("high-risk-reason", g, "reason", msg) if {
	some g in lib.changed_grants
	role := lib.role_of(g)
	lib.risk_rank[role.risk] >= 3
	count(trim_space(g.reason)) < min_reason
	msg := sprintf(
		"role %q is %s risk: give a reason of at least %d characters that a reviewer can judge",
		[g.role, role.risk, min_reason],
	)
}

deny contains lib.finding("high-risk-ticket", g, "role", msg) if {
	some g in lib.changed_grants
	role := lib.role_of(g)
	lib.risk_rank[role.risk] >= 3
	not g.ticket
	# A role that lists the ticket in requires is reported once, by role-requires.
	not "ticket" in object.get(role, "requires", [])
	msg := sprintf("role %q is %s risk: add the ticket that asks for it", [g.role, role.risk])
}

deny contains lib.finding("no-wildcard", g, field, msg) if {
	some g in input.grants
	some field in ["subject", "resource"]
	contains(g[field], "*")
	msg := sprintf("%s %q holds a wildcard: grant to one subject on one resource", [field, g[field]])
}

deny contains lib.finding("team-role-limit", g, "role", msg) if {
	some g in lib.changed_grants
	g.subjectKind == "team"
	limit := lib.resource_of(g).teamMaxRisk
	role := lib.role_of(g)
	lib.risk_rank[role.risk] > lib.risk_rank[limit]
	msg := sprintf(
		"teams may hold at most %s-risk roles on %s; %q is %s risk: grant it to named people instead",
		[limit, g.catalogId, g.role, role.risk],
	)
}

# Grants grouped by who holds them on what, so finding doubles stays linear in the grants.
grants_by_holding[concat(" ", [g.subject, g.resource])] contains g if some g in input.grants

warn contains lib.finding("redundant-role", low, "role", msg) if {
	some holding in grants_by_holding
	count(holding) > 1
	some low in holding
	some high in holding
	lib.risk_rank[lib.role_of(low).risk] < lib.risk_rank[lib.role_of(high).risk]
	msg := sprintf(
		"%s also holds %q on %s (grant %s): the lower role %q is redundant",
		[low.subject, high.role, low.resource, high.id, low.role],
	)
}
