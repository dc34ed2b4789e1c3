/** Text as matching sees it: folded words, and filters on columns of them. */
@NamedInterface("text")
package org.cstofacts.kernel.text;

import org.springframework.modulith.NamedInterface;
