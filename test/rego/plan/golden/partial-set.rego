# entrypoints: test/deny
package test

deny contains msg if {
	some grant in input.grants
	not grant.expires
	msg := sprintf("grant %s has no expiry", [grant.id])
}
