# METADATA
# title: Expiry
# description: Every grant ends, no later than its role allows counted from its start; what
#   has expired may be removed but not added or changed, and what expired while standing is
#   the expiry job's to remove; owners hear before a grant lapses; service account
#   credentials are rotated in time.
package access.expiry

import data.access.lib

warn_days := lib.setting(["expiry", "warnDays"], 14)

deny contains lib.finding("expiry-required", g, "expires", msg) if {
	some g in input.grants
	not g.expiresAt
	msg := sprintf("grant %s never expires: add expires (a date such as 2027-03-31)", [g.id])
}

deny contains lib.finding("max-duration", g, "expires", msg) if {
	some g in lib.changed_grants
	role := lib.role_of(g)
	# From its start (its own starts:, or the commit that added or last renewed it), or from
	# now when that is earlier: a start in the future gives no extra days.
	start := min({time.parse_rfc3339_ns(object.get(g, "startsAt", input.now)), lib.now_ns})
	# Whole days: a grant that expires on a date lasts through that day.
	days := floor((lib.expires_ns(g) - start) / lib.day_ns)
	days > role.maxDays
	msg := sprintf(
		"grant lasts %d days from %s (%s); role %q on %s allows at most %d: move expires earlier",
		[days, substring(time.format(start), 0, 10), started_by(g), g.role, g.catalogId, role.maxDays],
	)
}

started_by(g) := "its starts" if g.startedBy == "starts"

started_by(g) := "the commit that added or last renewed it" if g.startedBy == "commit"

started_by(g) := "now" if not g.startedBy in {"starts", "commit"}

deny contains lib.finding("already-expired", g, "expires", msg) if {
	some g in lib.requested_grants
	lib.expires_ns(g) <= lib.now_ns
	msg := sprintf("grant %s expired on %s: it may be removed, not added or changed", [g.id, g.expires])
}

warn contains lib.finding("already-expired", g, "expires", msg) if {
	some g in lib.standing_grants
	lib.expires_ns(g) <= lib.now_ns
	msg := sprintf("grant %s expired on %s and is still here: `accessctl expire --mode pr` opens the pull request that removes it (the nightly expiry run does this)", [g.id, g.expires])
}

warn contains lib.finding("expires-soon", g, "expires", msg) if {
	some g in input.grants
	left := lib.expires_ns(g) - lib.now_ns
	left > 0
	left <= warn_days * lib.day_ns
	msg := sprintf("grant %s expires on %s: renew it with a pull request that moves expires, or let it lapse", [g.id, g.expires])
}

# Service accounts whose credential is older than the rotation schedule allows.
overdue contains id if {
	some id, _ in input.identities.serviceAccounts
	lib.rotation_overdue(id)
}

deny contains lib.finding("rotation-overdue", g, "subject", msg) if {
	some g in lib.requested_grants
	g.subjectKind == "service"
	g.subjectId in overdue
	msg := sprintf("service account %s has not been rotated within %d days: rotate it before granting it more", [g.subjectId, input.identities.serviceAccounts[g.subjectId].rotation.maxAgeDays])
}

warn contains {"rule": "rotation-overdue", "serviceAccount": id, "field": "rotation", "msg": msg} if {
	some id in overdue
	msg := sprintf("service account %s is past its rotation age of %d days: rotate its credential", [id, input.identities.serviceAccounts[id].rotation.maxAgeDays])
}
