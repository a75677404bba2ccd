package access.approvals_test

import data.access.approvals
import data.access.fixtures_test as fx

test_owner_approval_passes if {
	count(approvals.deny) == 0 with input as fx.request([fx.grant({})], "alice", ["bob"], [])
}

test_missing_approval_denied if {
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([fx.grant({})], "alice", [], [])
}

test_non_owner_approval_does_not_count if {
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([fx.grant({})], "alice", ["olivia"], [])
}

test_author_approval_never_counts if {
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([fx.grant({})], "bob", ["bob"], [])
}

test_author_owner_needs_another_owner if {
	g := fx.grant({"subject": "user:bob", "subjectId": "bob"})
	count(approvals.deny) == 0 with input as fx.request([g], "bob", ["bob", "carol"], [])
}

test_role_approval_count_enforced if {
	g := fx.grant({"role": "admin", "ticket": "API-1"})
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([g], "alice", ["bob"], [])
	count(approvals.deny) == 0 with input as fx.request([g], "alice", ["bob", "carol"], [])
}

test_stale_approval_does_not_count if {
	inp := fx.request([fx.grant({})], "alice", [], [])
	stale := object.union(inp, {"request": {"approvals": [{"reviewer": "bob", "commit": "old", "stale": true}]}})
	"approval-required" in fx.rules(approvals.deny) with input as stale
}

test_stale_approval_counts_when_allowed if {
	inp := fx.request([fx.grant({})], "alice", [], [])
	stale := object.union(inp, {
		"request": {"approvals": [{"reviewer": "bob", "commit": "old", "stale": true}]},
		"config": {"approvals": {"allowStale": true}},
	})
	count(approvals.deny) == 0 with input as stale
}

test_no_request_no_approval_rule if {
	count(approvals.deny) == 0 with input as fx.with_grants([fx.grant({})])
}
