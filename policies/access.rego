# METADATA
# title: The default policy library
# description: Collects the findings of every rule family. Add your own rules to
#   package access (deny and warn sets) in your policies/ folder.
package access

import data.access.approvals
import data.access.breakglass
import data.access.contractors
import data.access.expiry
import data.access.leavers
import data.access.least_privilege
import data.access.ownership
import data.access.packages
import data.access.separation

deny contains f if some f in least_privilege.deny

deny contains f if some f in ownership.deny

deny contains f if some f in expiry.deny

deny contains f if some f in leavers.deny

deny contains f if some f in approvals.deny

deny contains f if some f in separation.deny

deny contains f if some f in breakglass.deny

deny contains f if some f in contractors.deny

deny contains f if some f in packages.deny

warn contains f if some f in least_privilege.warn

warn contains f if some f in expiry.warn

warn contains f if some f in breakglass.warn

warn contains f if some f in contractors.warn
