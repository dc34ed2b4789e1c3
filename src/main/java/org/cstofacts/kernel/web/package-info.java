/** What every collection of the API shares: paging, and the two request failures every feature can raise. */
@NamedInterface("web")
package org.cstofacts.kernel.web;

import org.springframework.modulith.NamedInterface;
