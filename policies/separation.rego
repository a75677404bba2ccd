# METADATA
# title: Separation of duties
# description: Changes to the policies or the catalog need the policy owners' approval,
#   because they change the rules every other request is judged by.
package access.separation

import data.access.lib

guarded_prefixes := lib.setting(["separation", "paths"], ["policies/", "access/catalog/"])

guarded_files contains f if {
	some f in input.changes.files
	some prefix in guarded_prefixes
	startswith(f, prefix)
}

policy_owners := lib.owner_logins(lib.setting(["policyOwners"], []))

deny contains {"rule": "policy-owner-approval", "file": f, "msg": msg} if {
	input.request
	some f in guarded_files
	count((data.access.approvals.approvers & policy_owners) - {input.request.author}) == 0
	msg := sprintf(
		"%s changes the rules every request is judged by: it needs approval from a policy owner (%s)",
		[f, concat(", ", lib.setting(["policyOwners"], []))],
	)
}
