# entrypoints: test/names
package test

names contains name if {
	name := input.users[_].name
	startswith(name, "a")
}
