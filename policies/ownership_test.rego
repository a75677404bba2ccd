package access.ownership_test

import data.access.fixtures_test as fx
import data.access.ownership

test_grant_with_resource_owners_passes if {
	count(ownership.deny) == 0 with input as fx.with_grants([fx.grant({})])
}

test_service_grant_needs_owner if {
	g := fx.grant({"subject": "service:deployer", "subjectKind": "service", "subjectId": "deployer"})
	"service-owner" in fx.rules(ownership.deny) with input as fx.with_grants([g])
}

test_service_account_owned_by_leaver_denied if {
	inp := fx.with_grants([])
	sa := object.union(inp.identities.serviceAccounts.deployer, {"owner": "user:lee"})
	bad := object.union(inp, {"identities": {"serviceAccounts": {"deployer": sa}}})
	"service-account-owner" in fx.rules(ownership.deny) with input as bad
}

test_resource_with_unknown_owner_denied if {
	inp := fx.with_grants([])
	bad := object.union(inp, {"catalog": {"resources": {"github:repo/acme/api": {"owners": ["team:ghosts"]}}}})
	"resource-owner" in fx.rules(ownership.deny) with input as bad
}
