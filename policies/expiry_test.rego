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
