package org.cstofacts.extraction;

/** Spelling variants: two words at most one edit apart (insertion, deletion, substitution or adjacent swap). */
final class EditDistance {

	private EditDistance() {
	}

	static boolean withinOne(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		if (la == lb) {
			int first = -1;
			int second = -1;
			for (int i = 0; i < la; i++) {
				if (a.charAt(i) != b.charAt(i)) {
					if (first < 0) {
						first = i;
					}
					else if (second < 0) {
						second = i;
					}
					else {
						return false;
					}
				}
			}
			return second < 0 || (second == first + 1 && a.charAt(first) == b.charAt(second)
					&& a.charAt(second) == b.charAt(first));
		}
		String shorter = la < lb ? a : b;
		String longer = la < lb ? b : a;
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		return shorter.substring(i).equals(longer.substring(i + 1));
	}

}
