package org.cstofacts.hardening;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;

/**
 * A seeded source of random test input, so that every run tries the same cases and a failure can be replayed:
 * the failing try's number and input are in the assertion message.
 */
final class RandomInput {

	private final Random random;

	RandomInput(long seed) {
		this.random = new Random(seed);
	}

	/** The index of one of the weights, chosen in proportion to them. */
	int weighted(int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	int between(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	double fraction() {
		return random.nextDouble();
	}

	boolean chance() {
		return random.nextBoolean();
	}

	/** Any UTF-16 code units, unpaired surrogates and controls included. */
	String anyString(int maxLength) {
		char[] chars = new char[random.nextInt(maxLength + 1)];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
		}
		return new String(chars);
	}

	String stringOf(String alphabet, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	String stringBetween(char from, char to, int maxLength) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(maxLength + 1);
		for (int i = 0; i < length; i++) {
			text.append((char) between(from, to));
		}
		return text.toString();
	}

	byte[] bytes(int maxLength) {
		byte[] bytes = new byte[random.nextInt(maxLength + 1)];
		random.nextBytes(bytes);
		return bytes;
	}

	/** A whole number between {@code -bound} and {@code bound}. */
	BigInteger bigInteger(BigInteger bound) {
		BigInteger value = new BigInteger(bound.bitLength() + 8, random).mod(bound.shiftLeft(1).add(BigInteger.ONE));
		return value.subtract(bound);
	}

	double anyDouble() {
		return switch (random.nextInt(4)) {
			case 0 -> Double.longBitsToDouble(random.nextLong());
			case 1 -> random.nextGaussian() * 1e6;
			case 2 -> random.nextDouble();
			default -> pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, -0.0, Double.MAX_VALUE));
		};
	}

}
