package access.contractors_test

import data.access.contractors
import data.access.fixtures_test as fx

# The fixture's people, with ed a contractor sponsored by alice until 2027-01-15.
people(ed) := object.union(fx.identities, {"users": object.union(fx.identities.users, {"ed": ed})})

ed := {"id": "ed", "status": "active", "type": "contractor", "sponsor": "alice", "contractEnds": "2027-01-15", "contractEndsAt": "2027-01-16T00:00:00Z"}

ed_grant := fx.grant({"id": "ed-api-pull", "subject": "user:ed", "subjectId": "ed", "role": "pull", "expires": "2027-01-10", "expiresAt": "2027-01-11T00:00:00Z"})

judged(user, grants) := object.union(fx.with_grants(grants), {"identities": people(user)})

test_sponsored_contractor_passes if {
	count(contractors.deny) == 0 with input as judged(ed, [ed_grant])
	count(contractors.warn) == 0 with input as judged(ed, [ed_grant])
}

test_contractor_without_sponsor_denied if {
	inp := judged(object.remove(ed, ["sponsor"]), [])
	f := contractors.deny with input as inp
	f == {{"rule": "contractor-sponsor", "user": "ed", "field": "type", "msg": "ed is a contractor with no sponsor: add sponsor: <login of the active employee who answers for them>"}}
}

test_external_without_sponsor_denied if {
	inp := judged(object.union(object.remove(ed, ["sponsor"]), {"type": "external"}), [])
	"contractor-sponsor" in fx.rules(contractors.deny) with input as inp
}

test_employee_needs_no_sponsor if {
	count(contractors.deny) == 0 with input as fx.with_grants([fx.grant({})])
}

test_leaver_contractor_needs_no_sponsor if {
	inp := judged(object.union(object.remove(ed, ["sponsor"]), {"status": "leaver"}), [])
	count(contractors.deny) == 0 with input as inp
}

test_unknown_sponsor_denied if {
	inp := judged(object.union(ed, {"sponsor": "nobody"}), [])
	f := contractors.deny with input as inp
	[x | some x in f; x.rule == "sponsor-invalid"; x.field == "sponsor"; contains(x.msg, "not a known user")] != []
}

test_leaver_sponsor_denied if {
	inp := judged(object.union(ed, {"sponsor": "lee"}), [])
	f := contractors.deny with input as inp
	[x | some x in f; x.rule == "sponsor-invalid"; contains(x.msg, "has left")] != []
}

test_contractor_sponsor_denied if {
	inp := judged(object.union(ed, {"sponsor": "ed"}), [])
	f := contractors.deny with input as inp
	[x | some x in f; x.rule == "sponsor-invalid"; contains(x.msg, "is a contractor, not an employee")] != []
}

test_sponsor_compared_case_insensitively if {
	inp := judged(object.union(ed, {"sponsor": "Alice"}), [])
	count(contractors.deny) == 0 with input as inp
}

test_missing_contract_end_warns if {
	inp := judged(object.remove(ed, ["contractEnds", "contractEndsAt"]), [])
	"contract-end-missing" in fx.rules(contractors.warn) with input as inp
}

test_grant_outliving_contract_denied if {
	g := object.union(ed_grant, {"expires": "2027-01-20", "expiresAt": "2027-01-21T00:00:00Z"})
	f := contractors.deny with input as judged(ed, [g])
	[x | some x in f; x.rule == "outlives-contract"; x.grant == "ed-api-pull"; x.field == "expires"] != []
}

test_grant_ending_with_contract_passes if {
	g := object.union(ed_grant, {"expires": "2027-01-15", "expiresAt": "2027-01-16T00:00:00Z"})
	count(contractors.deny) == 0 with input as judged(ed, [g])
}

closed_catalog := {"resources": object.union(fx.catalog.resources, {"github:repo/acme/api": {"roles": {"push": {"contractors": false}}}})}

test_contractor_on_closed_role_denied if {
	g := object.union(ed_grant, {"role": "push"})
	inp := object.union(judged(ed, [g]), {"catalog": closed_catalog})
	f := contractors.deny with input as inp
	[x | some x in f; x.rule == "contractor-role"; x.field == "role"] != []
}

test_contractor_through_team_on_closed_role_denied if {
	g := fx.grant({"id": "api-push", "subject": "team:api", "subjectKind": "team", "subjectId": "api"})
	ids := object.union(people(ed), {"teams": object.union(fx.identities.teams, {"api": {"id": "api", "members": ["alice", "ed"], "maintainers": []}})})
	inp := object.union(fx.with_grants([g]), {"catalog": closed_catalog, "identities": ids})
	f := contractors.deny with input as inp
	[x | some x in f; x.rule == "contractor-role"; contains(x.msg, "a member of team:api")] != []
}

test_employee_on_closed_role_passes if {
	inp := object.union(fx.with_grants([fx.grant({})]), {"catalog": closed_catalog})
	count(contractors.deny) == 0 with input as inp
}
