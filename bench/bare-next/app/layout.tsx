// The size baseline of bench/browser.ts: the smallest App Router page, nothing of the app's own.
export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
