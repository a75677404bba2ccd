# entrypoints: test/p
package test

q := input.x + data.offset

double(x) := x * 2

p := [a, b] if {
	a := q with input.x as 1 with data.offset as 10
	b := double([1, 2, 3]) with double as count
}
