import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="card stack">
        <h1>Not found</h1>
        <p className="muted">There is nothing here — the debate may have been deleted.</p>
        <Link className="btn btn-primary" href="/">
          Back to debates
        </Link>
      </div>
    </main>
  );
}
