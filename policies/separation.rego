# METADATA
# title: Separation of duties
# description: Only grant documents are requests. Every other changed path (the catalog,
#   identities, policies, config, workflows, scripts, anything) changes the rules every
#   request is judged by, so it needs the approval of an independent policy owner. A file
#   that defines access packages at the base may instead be approved by an owner of each of
#   those packages (a package is approved once, by its owners).
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
	not data.access.packages.approved_by_package_owners(f)
	msg := sprintf(
		"%s is not a grant document: changing it changes the rules every request is judged by, so it needs approval from a policy owner (%s)%s who did not write or push the change",
		[f, owners_named, package_owners_named(f)],
	)
}

package_owners_named(f) := "" if {
	count(data.access.packages.owners_of_file(f)) == 0
} else := sprintf(" or from an owner of each package it defines (%s)", [concat(", ", sort(data.access.packages.owners_of_file(f)))])
