# METADATA
# title: Break-glass
# description: A pull request labelled as an emergency may skip approvals for grants that
#   last no longer than the configured maximum, but only when the label was added by someone
#   the base config permits (breakGlass.allowedBy, by default the policy owners) who neither
#   wrote nor pushed the request, and who approved its head. A label says nothing of the
#   commits pushed after it, so the approval binds the emergency to what its invoker saw.
#   It is flagged loudly and needs an owner's review after the fact.
package access.breakglass

import data.access.lib

label := lib.setting(["breakGlass", "label"], "emergency")

max_hours := lib.setting(["breakGlass", "maxHours"], 24)

permitted_refs := lib.setting(["breakGlass", "allowedBy"], lib.setting(["policyOwners"], []))

permitted := lib.owner_logins(permitted_refs)

labelled if label in input.request.labels

# Who added the label, as the issue events say (lower-cased); "" when nobody is known.
invoker := lower(object.get(object.get(input.request, "labelActors", {}), label, ""))

active if {
	labelled
	invoker in permitted
	not invoker in lib.interested
	saw_head
}

# The invoker approved the head judged, not an earlier commit of the request.
saw_head if {
	some a in input.request.approvals
	lower(a.reviewer) == invoker
	not a.stale
}

hours_left(g) := (lib.expires_ns(g) - lib.now_ns) / ((60 * 60) * 1000000000)

# Never for the invoker's own access: their approval stands in for the owners', and an
# approval by a grant's subject (or a member of its subject team) never counts.
covers(g) if {
	active
	hours_left(g) <= max_hours
	not invoker in lib.beneficiaries(g)
}

deny contains lib.finding("break-glass-duration", g, "expires", msg) if {
	active
	some g in lib.changed_grants
	hours_left(g) > max_hours
	msg := sprintf(
		"emergency grants last at most %d hours; this one lasts %d: move expires earlier or drop the %q label",
		[max_hours, ceil(hours_left(g)), label],
	)
}

warn contains {"rule": "break-glass-not-permitted", "msg": msg} if {
	labelled
	not permitted_invoker
	msg := sprintf(
		"the %q label was added by %s, who may not invoke break-glass here (breakGlass.allowedBy: %s; never the author or someone who pushed): approvals are required as usual",
		[label, invoker_named, allowed_named],
	)
}

permitted_invoker if {
	invoker in permitted
	not invoker in lib.interested
}

warn contains {"rule": "break-glass-not-approved", "msg": msg} if {
	labelled
	permitted_invoker
	not saw_head
	msg := sprintf(
		"the %q label was added by %s, who has not approved the pull request's latest commit: break-glass covers only what its invoker saw, so %s must approve the head (again after every push) for it to apply",
		[label, invoker, invoker],
	)
}

invoker_named := invoker if invoker != ""

else := "an unknown account"

allowed_named := concat(", ", permitted_refs) if count(permitted_refs) > 0

else := "nobody"

warn contains lib.finding("break-glass-used", g, "expires", msg) if {
	some g in lib.changed_grants
	covers(g)
	msg := sprintf(
		"EMERGENCY ACCESS: grant %s skipped approvals under the %q label added by %s; an owner of %s must review it after the fact",
		[g.id, label, invoker, g.catalogId],
	)
}
