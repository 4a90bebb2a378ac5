package alliancesim.cli;

import alliancesim.files.FolderLock;

/**
 * The points between the steps a command commits (runs, generations, merged files, charts, report): at each it checks
 * that its lock file is still the file it locked ({@link FolderLock#verify()}), and stops there if not (exit 2), so a
 * second writer let in by a deleted lock never has this one's later files written over its own.
 * <p>
 * The command line is made with {@link #CHECKED}; {@link Main#commandLine(java.io.PrintWriter, java.io.PrintWriter,
 * CommitPoints)} takes another, so a test can put a step (deleting the lock, stopping the process) at each point.
 */
@FunctionalInterface
interface CommitPoints {
    /** Checks the lock at each point, and nothing more: what every command uses. */
    CommitPoints CHECKED = (lock, next) -> lock.verify();

    /** The point after which the command says it is done: its folder is called good only if its lock is still held. */
    String END = "end";

    /** The check before {@code next} is committed (or, at {@link #END}, before the command calls its folder good). */
    void reached(FolderLock lock, String next);
}
