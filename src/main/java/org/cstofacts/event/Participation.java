package org.cstofacts.event;

/** A person who took part in an event. */
record Participation(String personId, Long eventId) {
}
