package access.packages_test

import data.access
import data.access.fixtures_test as fx
import data.access.packages
import data.access.separation

# api-oncall: push on the API for the api team's employees, up to 30 days, owned by api-leads.
api_oncall := {
	"id": "api-oncall",
	"owners": ["team:api-leads"],
	"maxDays": 30,
	"roles": [{"resource": "github:repo/acme/api", "role": "push"}],
	"eligible": {"teams": ["api"], "types": ["employee"]},
	"file": "access/packages/api.yaml",
}

# alice (in team api) asks for the package until 2026-12-20: 23 days from now.
package_grant(overrides) := fx.grant(object.union(
	{
		"id": "alice-api-oncall",
		"resource": "",
		"catalogId": "",
		"role": "",
		"package": "api-oncall",
		"parts": [{"resource": "github:repo/acme/api", "catalogId": "github:repo/acme/api", "role": "push"}],
		"expires": "2026-12-20",
		"expiresAt": "2026-12-21T00:00:00Z",
	},
	overrides,
))

with_package(inp, pkg) := object.union(inp, {"packages": {pkg.id: pkg}})

users_with(extra) := object.union(fx.identities.users, extra)

# alice asks for it herself, and nobody approves.
asked(g) := with_package(fx.request([g], "alice", [], []), api_oncall)

test_eligible_package_grant_needs_no_review if {
	count(access.deny) == 0 with input as asked(package_grant({}))
}

test_subject_outside_the_teams_is_denied if {
	inp := asked(package_grant({"id": "bob-api-oncall", "subject": "user:bob", "subjectId": "bob"}))
	f := packages.deny with input as inp
	some d in f
	d.rule == "package-eligibility"
	d.grant == "bob-api-oncall"
	contains(d.msg, "bob is in none of the teams api")
}

test_member_of_a_team_below_is_eligible if {
	teams := object.union(fx.identities.teams, {
		"api": {"id": "api", "members": ["alice"], "maintainers": [], "descendants": ["api-mobile"]},
		"api-mobile": {"id": "api-mobile", "members": ["bob"], "maintainers": []},
	})
	inp := object.union(
		asked(package_grant({"id": "bob-api-oncall", "subject": "user:bob", "subjectId": "bob"})),
		{"identities": {"teams": teams}},
	)
	count(packages.deny) == 0 with input as inp
}

test_contractor_is_not_of_an_allowed_type if {
	ed := {"id": "ed", "status": "active", "type": "contractor", "sponsor": "alice"}
	teams := object.union(fx.identities.teams, {"api": {"id": "api", "members": ["alice", "ed"], "maintainers": []}})
	inp := object.union(
		asked(package_grant({"id": "ed-api-oncall", "subject": "user:ed", "subjectId": "ed"})),
		{"identities": {"users": users_with({"ed": ed}), "teams": teams}},
	)
	f := packages.deny with input as inp
	some d in f
	d.rule == "package-eligibility"
	contains(d.msg, "ed is contractor; the package is for employee")
}

test_leaver_and_team_subject_are_not_eligible if {
	lee := asked(package_grant({"id": "lee-api-oncall", "subject": "user:lee", "subjectId": "lee"}))
	"package-eligibility" in fx.rules(packages.deny) with input as lee
	team := asked(package_grant({"id": "api-oncall-team", "subject": "team:api", "subjectKind": "team", "subjectId": "api"}))
	"package-eligibility" in fx.rules(packages.deny) with input as team
}

test_grant_longer_than_max_days_is_denied if {
	inp := asked(package_grant({"expires": "2027-01-31", "expiresAt": "2027-02-01T00:00:00Z"}))
	f := packages.deny with input as inp
	some d in f
	d.rule == "package-duration"
	d.field == "expires"
	contains(d.msg, "package api-oncall allows at most 30")
}

test_standing_grant_is_not_held_to_max_days_again if {
	inp := object.union(
		asked(package_grant({"expires": "2027-01-31", "expiresAt": "2027-02-01T00:00:00Z"})),
		{"changes": {"added": []}},
	)
	not "package-duration" in fx.rules(packages.deny) with input as inp
}

test_role_closed_to_contractors_is_denied_through_a_package if {
	catalog := object.union(fx.catalog, {"resources": {"github:repo/acme/api": {"roles": {"push": {"contractors": false}}}}})
	ed := {"id": "ed", "status": "active", "type": "contractor", "sponsor": "alice"}
	open_package := object.union(api_oncall, {"eligible": {"types": ["employee", "contractor"]}})
	teams := object.union(fx.identities.teams, {"api": {"id": "api", "members": ["alice", "ed"], "maintainers": []}})
	inp := object.union(
		with_package(fx.request([package_grant({"id": "ed-api-oncall", "subject": "user:ed", "subjectId": "ed"})], "ed", [], []), open_package),
		{"catalog": catalog, "identities": {"users": users_with({"ed": ed}), "teams": teams}},
	)
	fx.rules(packages.deny) == {"package-contractor-role"} with input as inp
}

test_removing_a_package_grant_needs_package_owner_or_subject if {
	removed := package_grant({"expires": "2026-12-20"})
	inp := with_package(fx.removal([removed], "bob", []), api_oncall)
	f := access.deny with input as inp
	some d in f
	d.rule == "removal-approval"
	contains(d.msg, "removes user:alice from package api-oncall")
	count(access.deny) == 0 with input as with_package(fx.removal([removed], "bob", ["carol"]), api_oncall)
}

package_change(approvers) := with_package(
	object.union(fx.request([], "alice", approvers, []), {"changes": {
		"added": [], "modified": [], "removed": [],
		"files": [api_oncall.file], "ruleFiles": [api_oncall.file],
	}}),
	api_oncall,
)

test_a_change_to_a_package_needs_a_policy_owner if {
	# its owner's approval is not enough: a package gives its roles to every eligible subject
	"policy-owner-approval" in fx.rules(separation.deny) with input as package_change(["bob"])
	count(separation.deny) == 0 with input as package_change(["olivia"])
}

test_new_package_file_needs_policy_owner if {
	inp := object.union(package_change(["bob"]), {"changes": {"files": ["access/packages/new.yaml"], "ruleFiles": ["access/packages/new.yaml"]}})
	"policy-owner-approval" in fx.rules(separation.deny) with input as inp
}

test_package_owner_who_asks_does_not_approve_it if {
	inp := object.union(package_change(["bob"]), {"request": {"author": "bob", "pushers": ["bob"]}})
	"policy-owner-approval" in fx.rules(separation.deny) with input as inp
}
