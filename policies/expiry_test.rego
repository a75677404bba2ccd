package access.expiry_test

import data.access.expiry
import data.access.fixtures_test as fx

test_within_max_days_passes if {
	count(expiry.deny) == 0 with input as fx.with_grants([fx.grant({})])
}

test_longer_than_max_days_denied if {
	g := fx.grant({"expires": "2027-12-31", "expiresAt": "2028-01-01T00:00:00Z"})
	"max-duration" in fx.rules(expiry.deny) with input as fx.with_grants([g])
}

# Judging the repository as a whole: grants stand as merged, measured from their start.
# (Each input is bound to a variable before `with`, as every test here does.)
standing(grants) := object.union(fx.with_grants(grants), {"judging": "repository"})

test_duration_counts_from_the_start_not_from_now if {
	# 2026-09-01 through 2026-11-29 is 90 days: within maxDays 90, though 3 are left today
	g := fx.grant({"startsAt": "2026-09-01T00:00:00Z", "startedBy": "commit", "expires": "2026-11-29", "expiresAt": "2026-11-30T00:00:00Z"})
	inp := standing([g])
	not "max-duration" in fx.rules(expiry.deny) with input as inp
}

test_duration_from_an_old_start_is_too_long if {
	# started 2026-06-01, expires 2027-01-31: 245 days on a 90-day role, however few are left
	g := fx.grant({"startsAt": "2026-06-01T00:00:00Z", "startedBy": "starts", "starts": "2026-06-01", "expires": "2027-01-31", "expiresAt": "2027-02-01T00:00:00Z"})
	inp := standing([g])
	some f in expiry.deny with input as inp
	f.rule == "max-duration"
	contains(f.msg, "245 days from 2026-06-01 (its starts)")
}

test_a_start_in_the_future_counts_from_now if {
	# starts far ahead cannot stretch a grant: its days count from now (2026-11-27)
	g := fx.grant({"startsAt": "2027-06-01T00:00:00Z", "startedBy": "starts", "expires": "2027-08-01", "expiresAt": "2027-08-02T00:00:00Z"})
	inp := standing([g])
	"max-duration" in fx.rules(expiry.deny) with input as inp
}

test_the_same_grant_judged_years_later_is_no_longer_or_shorter if {
	g := fx.grant({"startsAt": "2026-11-01T00:00:00Z", "startedBy": "commit", "expires": "2027-01-15", "expiresAt": "2027-01-16T00:00:00Z"})
	inp := standing([g])
	count(expiry.deny) == 0 with input as inp
	later := object.union(inp, {"now": "2027-06-01T00:00:00Z"})
	count(expiry.deny) == 0 with input as later
	years := object.union(inp, {"now": "2031-11-27T00:00:00Z"})
	count(expiry.deny) == 0 with input as years
}

test_expired_standing_grant_warns_and_points_at_expire if {
	g := fx.grant({"startsAt": "2026-08-01T00:00:00Z", "startedBy": "commit", "expires": "2026-11-01", "expiresAt": "2026-11-02T00:00:00Z"})
	inp := standing([g])
	not "already-expired" in fx.rules(expiry.deny) with input as inp
	some f in expiry.warn with input as inp
	f.rule == "already-expired"
	contains(f.msg, "accessctl expire")
}

test_rotation_overdue_only_warns_about_what_stands if {
	g := fx.grant({"subject": "service:deployer", "subjectKind": "service", "subjectId": "deployer", "owner": "team:api", "startsAt": "2026-11-01T00:00:00Z"})
	inp := object.union(standing([g]), {"now": "2027-03-01T00:00:00Z"})
	not "rotation-overdue" in fx.rules(expiry.deny) with input as inp
	"rotation-overdue" in fx.rules(expiry.warn) with input as inp
}

test_missing_expiry_denied if {
	g := object.remove(fx.grant({}), ["expiresAt", "expires"])
	"expiry-required" in fx.rules(expiry.deny) with input as fx.with_grants([g])
}

test_adding_an_expired_grant_denied if {
	g := fx.grant({"expires": "2026-11-01", "expiresAt": "2026-11-02T00:00:00Z"})
	"already-expired" in fx.rules(expiry.deny) with input as fx.with_grants([g])
}

test_unchanged_expired_grant_not_denied_on_duration if {
	g := fx.grant({"expires": "2026-11-01", "expiresAt": "2026-11-02T00:00:00Z"})
	inp := object.union(fx.with_grants([g]), {"changes": {"added": [], "modified": [], "removed": [], "files": []}})
	count(expiry.deny) == 0 with input as inp
}

test_expiring_soon_warns if {
	g := fx.grant({"expires": "2026-12-01", "expiresAt": "2026-12-02T00:00:00Z"})
	"expires-soon" in fx.rules(expiry.warn) with input as fx.with_grants([g])
}

test_warning_window_is_configurable if {
	g := fx.grant({"expires": "2026-12-01", "expiresAt": "2026-12-02T00:00:00Z"})
	inp := object.union(fx.with_grants([g]), {"config": {"expiry": {"warnDays": 3}}})
	not "expires-soon" in fx.rules(expiry.warn) with input as inp
}

test_rotation_overdue_denies_new_grants_for_the_account if {
	g := fx.grant({"subject": "service:deployer", "subjectKind": "service", "subjectId": "deployer", "owner": "team:api"})
	inp := object.union(fx.with_grants([g]), {"now": "2027-03-01T00:00:00Z"})
	"rotation-overdue" in fx.rules(expiry.deny) with input as inp
	"rotation-overdue" in fx.rules(expiry.warn) with input as inp
}

test_rotation_in_time_passes if {
	g := fx.grant({"subject": "service:deployer", "subjectKind": "service", "subjectId": "deployer", "owner": "team:api"})
	not "rotation-overdue" in fx.rules(expiry.deny) with input as fx.with_grants([g])
}
