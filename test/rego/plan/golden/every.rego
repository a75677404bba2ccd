# entrypoints: test/all_expiring
package test

all_expiring if {
	every g in input.grants {
		g.expires
	}
}
