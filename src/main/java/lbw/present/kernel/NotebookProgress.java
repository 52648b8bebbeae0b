package lbw.present.kernel;

import java.time.Duration;
import java.util.UUID;
import lbw.core.TerminalProgress;
import lbw.core.Work;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.display.DisplayData;

/**
 * Shows {@link Work} progress in the running notebook cell as one output that is updated in place (Jupyter's
 * {@code update_display_data} message: no JavaScript, nothing kept in the notebook but the final line). The bar
 * appears once work has run for {@link #DELAY}; when the work ends it is replaced by the work's one-line summary.
 * Work that ends sooner shows nothing. Installed by the kernel spec's start-up script ({@link #install()}).
 */
public final class NotebookProgress implements Work.Listener {

    /** Work shorter than this shows no bar. */
    public static final Duration DELAY = Duration.ofSeconds(1);

    private String displayId;

    /**
     * Sends progress of long work to the notebook. It runs inside the kernel's own start-up (the kernel object does
     * not exist yet), so the kernel is looked up only when there is progress to show.
     */
    public static void install() {
        Work.setListener(new NotebookProgress());
    }

    @Override
    public synchronized void started(Work work) {
        displayId = null;
    }

    @Override
    public synchronized void progressed(Work work) {
        if (work.elapsed().compareTo(DELAY) < 0) {
            return;
        }
        DisplayData d = bar(work);
        RapaioKernel kernel = MainApp.kernel;
        if (kernel == null) {
            return;
        }
        if (displayId == null) {
            displayId = UUID.randomUUID().toString();
            d.setDisplayId(displayId);
            kernel.display(d);
        } else {
            d.setDisplayId(displayId);
            kernel.updateDisplay(d);
        }
    }

    @Override
    public synchronized void finished(Work work, boolean cancelled) {
        RapaioKernel kernel = MainApp.kernel;
        if (displayId == null || kernel == null) {
            return;
        }
        String line = cancelled ? work.status() + " (stopped)" : work.summary();
        DisplayData d = DisplayData.fromText(line);
        d.putHTML("<code>" + escape(line) + "</code>");
        d.setDisplayId(displayId);
        kernel.updateDisplay(d);
        displayId = null;
    }

    /** The bar as HTML ({@code <progress>}, no script) with a plain-text copy for consoles and nbconvert. */
    static DisplayData bar(Work work) {
        String status = work.status();
        String text = TerminalProgress.bar(work, 30);
        DisplayData d = DisplayData.fromText((text.isEmpty() ? "" : text + " ") + status);
        String progress = Double.isNaN(work.fraction()) ? "<progress style=\"width:16em\"></progress>"
                : String.format(java.util.Locale.ROOT, "<progress style=\"width:16em\" value=\"%d\" max=\"%d\"></progress>",
                        work.done(), work.total());
        d.putHTML(progress + " <code>" + escape(status) + "</code>");
        return d;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
