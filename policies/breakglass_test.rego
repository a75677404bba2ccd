package access.breakglass_test

import data.access.approvals
import data.access.breakglass
import data.access.fixtures_test as fx

short := fx.grant({"expires": "2026-11-28T06:00:00Z", "expiresAt": "2026-11-28T06:00:00Z"})

test_emergency_skips_approvals_for_short_grants if {
	inp := fx.request([short], "alice", [], ["emergency"])
	count(approvals.deny) == 0 with input as inp
	"break-glass-used" in fx.rules(breakglass.warn) with input as inp
}

test_emergency_too_long_denied if {
	"break-glass-duration" in fx.rules(breakglass.deny) with input as fx.request([fx.grant({})], "alice", [], ["emergency"])
}

test_without_label_approvals_apply if {
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([short], "alice", [], [])
}
