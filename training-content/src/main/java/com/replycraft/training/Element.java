package com.replycraft.training;

/**
 * Things a rubric can require a reply to contain. Each has a small detector (see {@link
 * ElementDetectors}) over a phrase list in {@code training/elements/}.
 */
public enum Element {
  OFFERS_CALL("offers a call, callback or live chat"),
  GIVES_CONCRETE_TIME("gives a concrete time or window (\"by 3 pm\", \"within 24 hours\")"),
  ACKNOWLEDGES_WAIT("acknowledges how long the customer waited for a reply"),
  USES_NAME("uses the customer's name"),
  APOLOGISES("apologises (not \"sorry you feel that way\")"),
  NAMES_NEXT_STEP("says what happens next and who does it"),
  TAKES_OWNERSHIP("owns the problem (\"that's on us\", \"I'll make sure\")"),
  ACKNOWLEDGES_FEELING("recognises what the customer feels or what is at stake for them"),
  MOVES_TO_PRIVATE("moves account details out of a public thread (DM, private message)"),
  USES_THREAD_DETAILS("echoes a specific detail the customer gave (an order, a product, a date)");

  private final String description;

  Element(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
