/**
 * What every collection of the API shares: paging, the two request failures every feature can raise, and the public
 * address the service names itself by.
 */
@NamedInterface("web")
package org.cstofacts.kernel.web;

import org.springframework.modulith.NamedInterface;
