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

rule_change(files, approvers, pushers) := object.union(fx.request([], "alice", approvers, []), {
	"changes": {"added": [], "modified": [], "removed": [], "files": files, "ruleFiles": files},
	"request": {"pushers": pushers},
})

test_any_path_but_a_grant_document_needs_policy_owner if {
	every f in ["access/identities/teams.yaml", ".github/workflows/access.yml", "scripts/grant.sh"] {
		"policy-owner-approval" in fx.rules(separation.deny) with input as rule_change([f], ["bob"], ["alice"])
	}
	count(separation.deny) == 0 with input as rule_change([".github/CODEOWNERS"], ["olivia"], ["alice"])
}

test_policy_owner_who_pushed_does_not_count if {
	"policy-owner-approval" in fx.rules(separation.deny) with input as rule_change(["accessctl.yaml"], ["olivia"], ["alice", "olivia"])
}

test_policy_owner_author_does_not_count if {
	inp := object.union(rule_change(["accessctl.yaml"], ["olivia"], []), {"request": {"author": "olivia"}})
	"policy-owner-approval" in fx.rules(separation.deny) with input as inp
}
