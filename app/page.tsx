import { AppShell } from "@/components/app-shell";
import { LangProvider } from "@/components/i18n/lang-context";
import { PAGE_LANG } from "@/lib/i18n/core";
import { LangSwitch } from "@/components/i18n/lang-switch";
import { Workspace } from "@/components/workbench/workspace";
import { SkipLink } from "@/components/a11y/skip-link";
import { A11yMenu } from "@/components/a11y/a11y-menu";
import { NoScriptNote } from "@/components/noscript-note";
import { firstVisit, pageWords } from "./first-visit";

export default function Home() {
  const first = firstVisit();
  return (
    <LangProvider words={pageWords(first, PAGE_LANG)}>
      <SkipLink />
      <AppShell
        actions={
          <>
            <LangSwitch />
            <A11yMenu />
            <NoScriptNote />
          </>
        }
      >
        <Workspace first={first} />
      </AppShell>
    </LangProvider>
  );
}
