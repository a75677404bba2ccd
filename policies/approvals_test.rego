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

test_subject_approval_never_counts if {
	g := fx.grant({"subject": "user:bob", "subjectId": "bob"})
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([g], "alice", ["bob"], [])
	count(approvals.deny) == 0 with input as fx.request([g], "alice", ["bob", "carol"], [])
}

test_subject_team_member_approval_never_counts if {
	# carol maintains api-leads: a grant to that team is not hers to approve
	g := fx.grant({"subject": "team:api-leads", "subjectKind": "team", "subjectId": "api-leads"})
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([g], "alice", ["carol"], [])
}

test_pusher_approval_never_counts if {
	inp := fx.request([fx.grant({})], "alice", ["bob"], [])
	pushed := object.union(inp, {"request": {"pushers": ["alice", "Bob"]}})
	"approval-required" in fx.rules(approvals.deny) with input as pushed
}

test_logins_compare_case_insensitively if {
	count(approvals.deny) == 0 with input as fx.request([fx.grant({})], "alice", ["BOB"], [])
	"approval-required" in fx.rules(approvals.deny) with input as fx.request([fx.grant({})], "Bob", ["bob"], [])
}

test_removing_another_persons_grant_needs_consent if {
	"removal-approval" in fx.rules(approvals.deny) with input as fx.removal([fx.grant({})], "carol", [])
	# dan owns nothing, is no policy owner and does not lose the access
	"removal-approval" in fx.rules(approvals.deny) with input as fx.removal([fx.grant({})], "carol", ["dan"])
}

test_a_policy_owner_consents_to_a_removal if {
	# olivia (team:security) is a policy owner, not an owner of github:repo/acme/api
	count(approvals.deny) == 0 with input as fx.removal([fx.grant({})], "carol", ["olivia"])
	# ...but not to the removal she asked for herself
	"removal-approval" in fx.rules(approvals.deny) with input as fx.removal([fx.grant({})], "olivia", ["olivia"])
}

test_removing_a_leavers_grant_needs_nobody if {
	lee := fx.grant({"id": "lee-api-push", "subject": "user:lee", "subjectId": "lee"})
	count(approvals.deny) == 0 with input as fx.removal([lee], "carol", [])
}

contractor(ends) := object.union(fx.identities, {"users": {"ed": {
	"id": "ed", "status": "active", "type": "contractor", "sponsor": "bob", "contractEndsAt": ends,
}}})

test_removing_a_grant_after_the_contract_ended_needs_nobody if {
	ed := fx.grant({"id": "ed-api-push", "subject": "user:ed", "subjectId": "ed"})
	ended := object.union(fx.removal([ed], "carol", []), {"identities": contractor("2026-11-21T00:00:00Z")})
	count(approvals.deny) == 0 with input as ended
	running := object.union(fx.removal([ed], "carol", []), {"identities": contractor("2027-03-01T00:00:00Z")})
	"removal-approval" in fx.rules(approvals.deny) with input as running
}

deployer(fields) := object.union(fx.identities, {"serviceAccounts": {"deployer": object.union(
	fx.identities.serviceAccounts.deployer,
	fields,
)}})

test_removing_a_grant_of_a_service_account_that_ended_needs_nobody if {
	sa := fx.grant({"id": "deployer-api-push", "subject": "service:deployer", "subjectKind": "service", "subjectId": "deployer"})
	removal := fx.removal([sa], "carol", [])

	# the account itself expired, as a leaver's grants end with them
	expired := deployer({"expires": "2026-11-20", "expiresAt": "2026-11-21T00:00:00Z"})
	count(approvals.deny) == 0 with input as object.union(removal, {"identities": expired})

	# its credential is past the rotation age
	stale := deployer({"rotation": {"maxAgeDays": 30, "lastRotated": "2026-10-01", "lastRotatedAt": "2026-10-01T00:00:00Z"}})
	count(approvals.deny) == 0 with input as object.union(removal, {"identities": stale})

	# an account that still holds: taking its access away needs an owner
	running := deployer({"expires": "2027-06-30", "expiresAt": "2027-07-01T00:00:00Z"})
	"removal-approval" in fx.rules(approvals.deny) with input as object.union(removal, {"identities": running})
}

test_removal_approved_by_owner_or_subject if {
	count(approvals.deny) == 0 with input as fx.removal([fx.grant({})], "carol", ["bob"])
	count(approvals.deny) == 0 with input as fx.removal([fx.grant({})], "carol", ["alice"])
}

test_removing_ones_own_grant_needs_nobody if {
	count(approvals.deny) == 0 with input as fx.removal([fx.grant({})], "alice", [])
}

test_one_member_does_not_consent_for_a_team if {
	team := fx.grant({"subject": "team:payments", "subjectKind": "team", "subjectId": "payments"})
	teams := {"payments": {"id": "payments", "members": ["alice", "dave"], "maintainers": [], "descendants": []}}
	removal := object.union(fx.removal([team], "alice", []), {"identities": {"teams": teams}})
	"removal-approval" in fx.rules(approvals.deny) with input as removal
	# nor does another member's approval stand for the team
	by_dave := object.union(fx.removal([team], "carol", ["dave"]), {"identities": {"teams": teams}})
	"removal-approval" in fx.rules(approvals.deny) with input as by_dave
	# the resource's owners still do
	by_owner := object.union(fx.removal([team], "alice", ["bob"]), {"identities": {"teams": teams}})
	count(approvals.deny) == 0 with input as by_owner
}

test_removing_an_expired_grant_needs_nobody if {
	old := fx.grant({"expires": "2026-11-01", "expiresAt": "2026-11-02T00:00:00Z"})
	count(approvals.deny) == 0 with input as fx.removal([old], "carol", [])
}

test_member_of_a_child_team_approval_never_counts if {
	# security sits below api-leads here: olivia inherits what api-leads is granted
	g := fx.grant({"subject": "team:api-leads", "subjectKind": "team", "subjectId": "api-leads", "resource": "github:team/x", "catalogId": "github:team/*", "role": "member"})
	inp := object.union(fx.request([g], "alice", ["olivia"], []), {"identities": {"teams": {"api-leads": {"descendants": ["security"]}}}})
	"approval-required" in fx.rules(approvals.deny) with input as inp
	plain := object.union(fx.request([g], "alice", ["olivia"], []), {"identities": {"teams": {"api-leads": {"descendants": []}}}})
	count(approvals.deny) == 0 with input as plain
}
