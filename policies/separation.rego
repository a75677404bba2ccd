# METADATA
# title: Separation of duties
# description: Only grant documents are requests. Every other changed path (the catalog,
#   identities, policies, config, workflows, scripts, anything) changes the rules every
#   request is judged by, so it needs the approval of an independent policy owner. So does a
#   package, which gives its roles to every eligible subject with no further review; its own
#   owners need not own the resources its roles are on, and could otherwise give anyone
#   anything.
package access.separation

import data.access.lib

guarded_prefixes := lib.setting(["separation", "paths"], ["policies/", "access/catalog/"])

# Deny by default: what the engine found is not a grant document.
guarded_files contains f if some f in object.get(input.changes, "ruleFiles", [])

# separation.paths can only add to that.
guarded_files contains f if {
	some f in input.changes.files
	some prefix in guarded_prefixes
	startswith(f, prefix)
}

policy_owners := lib.policy_owners

owners_named := concat(", ", lib.setting(["policyOwners"], [])) if {
	count(lib.setting(["policyOwners"], [])) > 0
} else := "none is configured: set policyOwners in accessctl.yaml"

deny contains {"rule": "policy-owner-approval", "file": f, "msg": msg} if {
	input.request
	some f in guarded_files
	count(data.access.approvals.approvers & policy_owners) == 0
	msg := sprintf(
		"%s is not a grant document: changing it changes the rules every request is judged by, so it needs approval from a policy owner (%s) who did not write or push the change",
		[f, owners_named],
	)
}
