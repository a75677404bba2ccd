package access_test

import data.access
import data.access.fixtures_test as fx

test_clean_request_has_no_findings if {
	count(access.deny) == 0 with input as fx.request([fx.grant({})], "alice", ["bob"], [])
}

test_every_family_reaches_the_top_level if {
	bad := fx.grant({"role": "owner", "subject": "user:lee", "subjectId": "lee", "expires": "2026-01-01", "expiresAt": "2026-01-02T00:00:00Z"})
	rules := fx.rules(access.deny) with input as fx.request([bad], "alice", [], [])
	{"role-exists", "leaver-has-grant", "already-expired", "approval-required"} - rules == set()
}
