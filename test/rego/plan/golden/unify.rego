# entrypoints: test/p
package test

p := x if {
	[a, x] = [1, input.second]
	{"kind": k} = input.obj
	a == 1
	k == "grant"
}
