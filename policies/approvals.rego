# METADATA
# title: Approvals
# description: Each added or changed grant is approved by enough owners of its resource, and
#   each removal by an owner or the grant's subject. Approvals are independent of the request, so
#   the author's, those of anyone who pushed to it and, for a grant, its subject's (or a
#   member of its subject team) never count. An approval given before the last push
#   counts only when the config allows stale approvals.
package access.approvals

import data.access.lib

allow_stale := lib.setting(["approvals", "allowStale"], false)

# Lower-cased logins whose approval counts for this request.
approvers contains lower(a.reviewer) if {
	some a in input.request.approvals
	not lower(a.reviewer) in lib.interested
	counts(a)
}

counts(a) if not a.stale

counts(a) if allow_stale

# Approvers independent of this grant: nobody approves access for themselves.
independent(g) := approvers - lib.beneficiaries(g)

# A grant whose role is unknown still needs one approval; role-exists reports the role.
required(g) := object.get(input.catalog.resources, [g.catalogId, "roles", g.role, "approvals"], 1)

deny contains lib.finding("approval-required", g, "resource", msg) if {
	input.request
	some g in lib.changed_grants
	# a package grant was approved with its package; access.packages judges its subject
	not g.package
	not data.access.breakglass.covers(g)
	owners := lib.owner_logins(lib.resource_of(g).owners)
	have := count(independent(g) & owners)
	have < required(g)
	msg := sprintf(
		"needs %d approval(s) from owners of %s (%s), has %d; approvals by the author, by anyone who pushed to the pull request and by the grant's subject never count",
		[required(g), g.catalogId, concat(", ", lib.resource_of(g).owners), have],
	)
}

# Taking access away from someone else needs the consent of the resource's owners, of the
# person losing it, or of a policy owner (who may change the owners, and approves the
# identity sync that makes someone a leaver, so one merge revokes everything); a grant that
# no longer holds (past its end, a leaver's, a contractor's after the contract) may be
# removed by anyone: the expiry job does. A team's grant is nobody's own: one member does
# not consent for the others, who lose the access too.
deny contains {"rule": "removal-approval", "grant": g.id, "file": g.file, "msg": msg} if {
	input.request
	some g in object.get(input, "removed", [])
	not lib.ended(g)
	not lib.author in holder(g)
	owners := removal_owners(g)
	consenting := (lib.owner_logins(owners) | holder(g)) | lib.policy_owners
	count(approvers & consenting) == 0
	msg := sprintf(
		"removes %s from %s before it expires: needs an approval from an owner of %s (%s)%s",
		[g.subject, held(g), owned(g), concat(", ", owners), or_consenting(g)],
	)
}

or_consenting(g) := sprintf(", from a policy owner or from %s", [g.subject]) if g.subjectKind == "user"

or_consenting(g) := " or from a policy owner" if g.subjectKind != "user"

# The one person a grant gives access to, who may give it up: a user grant's user.
holder(g) := {lower(g.subjectId)} if g.subjectKind == "user"

holder(g) := set() if g.subjectKind != "user"

removal_owners(g) := object.get(input.catalog.resources, [g.catalogId, "owners"], []) if not g.package

# A package grant is taken away with the consent of the package's owners.
removal_owners(g) := object.get(input, ["packages", g.package, "owners"], []) if g.package

held(g) := sprintf("%s (role %s)", [g.resource, g.role]) if not g.package

held(g) := sprintf("package %s", [g.package]) if g.package

owned(g) := g.catalogId if not g.package

owned(g) := sprintf("package %s", [g.package]) if g.package
