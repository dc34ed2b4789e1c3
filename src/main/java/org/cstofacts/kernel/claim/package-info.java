/**
 * Facts that several articles support: a claim per article, merged into the values served, with the mentions they
 * were read from.
 */
@NamedInterface("claim")
package org.cstofacts.kernel.claim;

import org.springframework.modulith.NamedInterface;
