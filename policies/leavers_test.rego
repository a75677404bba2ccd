package access.leavers_test

import data.access.fixtures_test as fx
import data.access.leavers

test_leaver_grant_denied if {
	g := fx.grant({"subject": "user:lee", "subjectId": "lee"})
	"leaver-has-grant" in fx.rules(leavers.deny) with input as fx.with_grants([g])
}

test_active_user_passes if {
	count(leavers.deny) == 0 with input as fx.with_grants([fx.grant({})])
}
