package com.replycraft.scoring.cli;

/** Entry point of {@code java -jar replycraft-scoring.jar}; see {@link ScoreCommand}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int status = new ScoreCommand().run(args, System.in, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }
}
