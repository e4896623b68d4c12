import httpx


def test_mock_url_serves_the_spec(mock_url: str) -> None:
    r = httpx.post(mock_url + "/api/acl/auth/check_token", headers={"Authorization": "t"})
    assert r.status_code == 200
    assert r.json()["meta"]["status"] is True
