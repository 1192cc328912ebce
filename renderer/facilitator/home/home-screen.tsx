/** The first screen: what ReadyRoom is for and, once documents land, the workshop library. */
export function HomeScreen() {
  return (
    <main className="home" id="main">
      <h1>Take your AI pilot to production</h1>
      <p className="lead">
        ReadyRoom guides your room through ownership, data, buy-in and metrics, runs the Scaling Readiness
        Test live, and turns what the group decides into an action plan.
      </p>
    </main>
  );
}
