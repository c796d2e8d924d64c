package com.replycraft.app.review;

/**
 * Told after every stored batch how far a long import has got, for example to move a progress bar.
 * Called on the importing thread.
 */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = (linesRead, messagesStored, rejected) -> {};

  /**
   * @param linesRead lines of the file read so far
   * @param messagesStored messages stored so far
   * @param rejected rows or lines rejected so far
   */
  void update(long linesRead, int messagesStored, int rejected);
}
