import { AppShell } from "@/components/app-shell";
import { LangProvider } from "@/components/i18n/lang-context";
import { LangSwitch } from "@/components/i18n/lang-switch";
import { Workspace } from "@/components/workbench/workspace";

export default function Home() {
  return (
    <LangProvider>
      <AppShell actions={<LangSwitch />}>
        <Workspace />
      </AppShell>
    </LangProvider>
  );
}
