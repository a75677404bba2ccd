package access.separation_test

import data.access.fixtures_test as fx
import data.access.separation

policy_change(approvers) := object.union(
	fx.request([], "alice", approvers, []),
	{"changes": {"added": [], "modified": [], "removed": [], "files": ["policies/expiry.rego"]}},
)

test_policy_change_needs_policy_owner if {
	"policy-owner-approval" in fx.rules(separation.deny) with input as policy_change(["bob"])
}

test_policy_owner_approval_passes if {
	count(separation.deny) == 0 with input as policy_change(["olivia"])
}

test_grant_files_need_no_policy_owner if {
	count(separation.deny) == 0 with input as fx.request([fx.grant({})], "alice", [], [])
}
