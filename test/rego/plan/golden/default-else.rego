# entrypoints: test/level
package test

default level := "low"

level := "high" if {
	input.risk > 5
} else := "medium" if {
	input.risk > 2
}
