# entrypoints: test/allow
package test

allow if {
	input.user
	not blocked
}

blocked if input.user == "mallory"
