# METADATA
# title: Break-glass
# description: A pull request labelled as an emergency may skip approvals for grants that
#   last no longer than the configured maximum; it is flagged loudly and needs an owner's
#   review after the fact.
package access.breakglass

import data.access.lib

label := lib.setting(["breakGlass", "label"], "emergency")

max_hours := lib.setting(["breakGlass", "maxHours"], 24)

active if label in input.request.labels

hours_left(g) := (lib.expires_ns(g) - lib.now_ns) / ((60 * 60) * 1000000000)

covers(g) if {
	active
	hours_left(g) <= max_hours
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

warn contains lib.finding("break-glass-used", g, "expires", msg) if {
	some g in lib.changed_grants
	covers(g)
	msg := sprintf(
		"EMERGENCY ACCESS: grant %s skipped approvals under the %q label; an owner of %s must review it after the fact",
		[g.id, label, g.catalogId],
	)
}
