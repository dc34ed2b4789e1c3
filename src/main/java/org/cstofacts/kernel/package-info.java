/**
 * The shared kernel at the bottom of the modules: claims and their merge ({@code claim}), text folding and matching
 * ({@code text}), paging and request failures ({@code web}). Each is a named interface the other modules use; the
 * kernel uses none of them but {@code extraction}.
 */
package org.cstofacts.kernel;
