import { Tagline } from "./tagline";
import styles from "./app-shell.module.css";

/** The page frame: a header and the workspace below it. The workspace fills in as features land. */
export function AppShell({ children, actions }: { children?: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>FTP Visualizer</h1>
        <p className={styles.tagline}>
          <Tagline />
        </p>
        {actions}
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
