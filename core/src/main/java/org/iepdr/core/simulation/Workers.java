package org.iepdr.core.simulation;

import java.util.ArrayList;
import java.util.List;

/** Runs a simulation's workers: on the calling thread when there is one, else one daemon thread each. */
final class Workers {

  private Workers() {}

  /**
   * Runs every worker and waits for all of them.
   *
   * @param workers the workers, at least one
   * @param name the threads' name prefix and, in the message of an interruption, what was running
   * @throws IllegalStateException if the calling thread is interrupted while waiting
   */
  static void runAll(List<? extends Runnable> workers, String name) {
    if (workers.size() == 1) {
      workers.get(0).run();
      return;
    }
    List<Thread> ts = new ArrayList<>();
    for (int w = 0; w < workers.size(); w++) {
      Thread t = new Thread(workers.get(w), "iepdr-" + name + "-" + w);
      t.setDaemon(true);
      ts.add(t);
      t.start();
    }
    for (Thread t : ts) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(name.replace('-', ' ') + " interrupted", e);
      }
    }
  }
}
