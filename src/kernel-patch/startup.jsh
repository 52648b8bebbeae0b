// Run by the Java kernel at start-up (RJK_INIT_SCRIPT in the kernel spec that ./workbench writes).
// Long library work (lbw.core.Work) shows an in-place progress bar in the running cell.
lbw.present.kernel.NotebookProgress.install();
