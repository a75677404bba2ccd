# entrypoints: test/owners
package test

owners[id] := owner if {
	some r in input.resources
	id := r.id
	owner := r.owners[0]
}
