package alliancesim.cli;

import alliancesim.files.FolderLock;
import java.util.function.Consumer;

/**
 * The points between the steps a command commits (runs, generations, merged files, charts, report): at each it checks
 * that its lock file is still the file it locked ({@link FolderLock#verify()}), and stops there if not (exit 2), so a
 * second writer let in by a deleted lock never has this one's later files written over its own.
 */
final class CommitPoints {
    /** A step run first at each point, given what comes next; none in use, a test's (deleting the lock) in tests. */
    Consumer<String> before = next -> { };

    /** The check before {@code next} is committed. */
    void reached(FolderLock lock, String next) {
        before.accept(next);
        lock.verify();
    }
}
