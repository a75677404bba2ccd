# METADATA
# title: Approvals
# description: Each added or changed grant is approved by enough owners of its resource.
#   The author's own approval never counts; an approval given before the last push counts
#   only when the config allows stale approvals.
package access.approvals

import data.access.lib

allow_stale := lib.setting(["approvals", "allowStale"], false)

# Logins whose approval counts for this request.
approvers contains a.reviewer if {
	some a in input.request.approvals
	a.reviewer != input.request.author
	counts(a)
}

counts(a) if not a.stale

counts(a) if allow_stale

# A grant whose role is unknown still needs one approval; role-exists reports the role.
required(g) := object.get(input.catalog.resources, [g.catalogId, "roles", g.role, "approvals"], 1)

deny contains lib.finding("approval-required", g, "resource", msg) if {
	input.request
	some g in lib.changed_grants
	not data.access.breakglass.covers(g)
	owners := lib.owner_logins(lib.resource_of(g).owners) - {input.request.author}
	have := count(approvers & owners)
	have < required(g)
	msg := sprintf(
		"needs %d approval(s) from owners of %s (%s), has %d; the author's own approval never counts",
		[required(g), g.catalogId, concat(", ", lib.resource_of(g).owners), have],
	)
}
