from ui.tasks import TaskManager


def test_results_come_back_on_the_gui_thread(qtbot):
    tasks = TaskManager()
    results = []
    tasks.run(lambda: 6 * 7, results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=3000)
    tasks.wait()


def test_errors_reach_the_error_callback(qtbot):
    tasks = TaskManager()
    errors = []
    tasks.run(lambda: 1 / 0, None, errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)
    tasks.wait()


def test_synchronous_mode_runs_at_once(qtbot):
    tasks = TaskManager(synchronous=True)
    results = []
    tasks.run(lambda: "klaar", results.append)
    assert results == ["klaar"] and not tasks.busy
